# asb-lab probe library: sourced by the lab's probe runs (bash in the VM's namespace, or bash
# in the tiny guest with busybox beside it). Every probe prints one line, its observation:
#   reached <server>:<port>  a lab server answered (its "asb-lab-reached" token came back)
#   connected                a TCP handshake completed, but no token came back
#   resolved <address>       a DNS server answered
#   reply                    an ICMP echo came back
#   http <code> [reached ..] what the proxy answered, and what the tunnel reached
#   refused | unreachable | timeout | no-answer | no-reply   nothing got through
# Every probe is bounded by `timeout`; the slow parts run as `bash $ASB_LIB <function>` so
# that timeout can kill them, and end in `exec`: busybox's timeout kills only its child, and a
# reader left behind would hold the probe's output open.
ASB_LIB=${ASB_LIB:-${BASH_SOURCE[0]}}

asb_verdict() { # exit code, output
  local token
  token=$(printf '%s\n' "$2" | grep -o 'asb-lab-reached [a-z]*:[0-9]*' | head -n 1)
  if [ -n "$token" ]; then
    echo "reached ${token#asb-lab-reached }"
  elif printf '%s\n' "$2" | grep -q '^connected$'; then
    echo connected
  elif printf '%s\n' "$2" | grep -qi 'refused'; then
    echo refused
  elif printf '%s\n' "$2" | grep -qi 'unreachable\|no route'; then
    echo unreachable
  else
    echo timeout
  fi
}

asb_tcp_talk() { # host port
  exec 3<>"/dev/tcp/$1/$2" || exit 7
  echo connected
  printf 'GET / HTTP/1.0\r\n\r\n' >&3
  exec cat <&3
}

asb_tcp() { # host port
  local out
  out=$(timeout 1 bash "$ASB_LIB" asb_tcp_talk "$1" "$2" 2>&1)
  asb_verdict "$?" "$out"
}

asb_udp_talk() { # host port; dd reads one whole datagram
  exec 3<>"/dev/udp/$1/$2" || exit 7
  printf 'asb-lab-probe\n' >&3
  exec dd bs=512 count=1 <&3 2>/dev/null
}

asb_udp() { # host port
  local out
  out=$(timeout 1 bash "$ASB_LIB" asb_udp_talk "$1" "$2" 2>&1)
  case "$(asb_verdict "$?" "$out")" in
    reached*) asb_verdict 0 "$out" ;;
    *) echo no-reply ;;
  esac
}

asb_dns() { # server name; busybox nslookup asks over UDP
  local out address
  out=$(timeout 1 busybox nslookup "$2" "$1" 2>&1)
  address=$(printf '%s\n' "$out" | sed -n '/^Name:/,$ s/^Address:[[:space:]]*//p' | head -n 1)
  if [ -n "$address" ]; then echo "resolved $address"; else echo no-answer; fi
}

asb_ping() { # host [interface]
  if timeout 2 busybox ping -c 1 -W 1 ${2:+-I "$2"} "$1" >/dev/null 2>&1; then
    echo reply
  else
    echo no-reply
  fi
}

asb_http_verdict() { # exit code, output holding "status <status line>" and what followed
  local code token
  code=$(printf '%s\n' "$2" | sed -n 's/^status HTTP\/[0-9.]* \([0-9][0-9][0-9]\).*/\1/p' | head -n 1)
  token=$(printf '%s\n' "$2" | grep -o 'asb-lab-reached [a-z]*:[0-9]*' | head -n 1)
  if [ -n "$code" ] && [ "$code" != 000 ]; then
    echo "http $code${token:+ reached ${token#asb-lab-reached }}"
  else
    asb_verdict "$1" "$2"
  fi
}

asb_proxy_talk() { # proxy-host proxy-port request (a printf format: \r\n escapes, no %)
  local status line
  exec 3<>"/dev/tcp/$1/$2" || exit 7
  printf "$3" >&3
  IFS= read -r status <&3 || exit 8
  echo "status ${status%$'\r'}"
  case "$status" in
    HTTP/1.?\ 2*)
      # Past the headers, speak plain HTTP through the tunnel (or read the body of a GET):
      # a lab server answers with its token.
      while IFS= read -r line <&3; do
        [ -z "${line%$'\r'}" ] && break
      done
      case "$3" in CONNECT*) printf 'GET / HTTP/1.0\r\n\r\n' >&3 ;; esac
      exec cat <&3
      ;;
  esac
}

asb_proxy() { # proxy-host proxy-port request
  local out
  out=$(timeout 3 bash "$ASB_LIB" asb_proxy_talk "$1" "$2" "$3" 2>&1)
  asb_http_verdict "$?" "$out"
}

asb_curl() { # proxy-url target-url: CONNECT for https targets, an absolute-URI GET for http
  local out
  out=$(curl -sSk --connect-timeout 1 -m 3 -x "$1" "$2" \
    -w '\nasb-codes %{http_connect} %{http_code}\n' 2>&1)
  local rc=$? connect plain
  read -r _ connect plain < <(printf '%s\n' "$out" | grep '^asb-codes ' | tail -n 1)
  if [ "${connect:-000}" = 000 ]; then connect=${plain:-000}; fi
  asb_http_verdict "$rc" "$(printf 'status HTTP/1.1 %s\n%s\n' "$connect" "$out")"
}

if [ "${BASH_SOURCE[0]}" = "$0" ] && [ $# -gt 0 ]; then
  "$@"
fi
