#!/bin/sh
# agent-sandbox: libvirt network hook (libvirt >= 6.5 runs every file in hooks/network.d/).
# libvirt calls it as `<hook> <network> <phase> <sub-phase> -` with the network XML on stdin.
#
# It re-applies the sandbox bridge's fail-closed sysctls. libvirt writes net.ipv4.ip_forward=1
# when it starts a network, and Linux answers a 0 -> 1 change of that value by setting
# forwarding=1 on every interface, the bridge included; a 1 -> 1 write changes nothing (both
# tried in a network namespace). "started" runs after that write; "port-created" runs each
# time a guest's NIC is plugged in, so a guest never starts on a forwarding bridge. A failure
# here fails the phase, and libvirt then refuses to plug the guest in.
cat >/dev/null
[ "$1" = "@NETWORK@" ] || exit 0
case "$2" in
  started | port-created) @APPLY_SYSCTL@ ;;
esac
