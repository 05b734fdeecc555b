# agent-sandbox: hardening steps run as root inside the base image (guestfish `sh`), after the
# guest files are written. /etc/resolv.conf itself is replaced afterwards through the guestfs
# API: libguestfs swaps that file around every `sh` call when the network is on.
export DEBIAN_FRONTEND=noninteractive
user={{AGENT_USER}}
uid={{AGENT_UID}}

# A fixed uid, so files on the data disk keep their owner when the base is rebuilt.
if id -u "$user" > /dev/null 2>&1; then
  if [ "$(id -u "$user")" != "$uid" ]; then
    log "user $user exists with uid $(id -u "$user"), expected $uid"
    exit 1
  fi
  log "user $user (uid $uid) already exists"
elif getent passwd "$uid" > /dev/null; then
  log "uid $uid, needed for $user, belongs to $(getent passwd "$uid" | cut -d: -f1)"
  exit 1
else
  useradd --uid "$uid" --user-group --create-home --shell /bin/bash "$user"
  log "created user $user (uid $uid): password locked, in no admin group"
fi

# No resolver: every service that could answer or write DNS is masked (masking also covers
# units a later package would bring), and name lookups use /etc/hosts only.
for unit in {{MASKED_UNITS}}; do
  systemctl mask --quiet "$unit"
done
log "masked {{MASKED_UNITS}}"
sed -i -E 's/^hosts:.*/hosts:          files/' /etc/nsswitch.conf
log "set hosts: files in /etc/nsswitch.conf"
# ifupdown runs only executable hooks; dhclient sources its hooks, and ours (last) wins.
for hook in /etc/network/if-*.d/*resolv*; do
  if [ -f "$hook" ] && [ -x "$hook" ]; then
    chmod a-x "$hook"
    log "disabled resolver hook $hook"
  fi
done
if [ -f /etc/dhcpcd.conf ] && ! grep -qx 'nohook resolv.conf' /etc/dhcpcd.conf; then
  echo 'nohook resolv.conf' >> /etc/dhcpcd.conf
  log "disabled dhcpcd's resolv.conf hook"
fi

# The data disk: formatted on first boot when blank (systemd-makefs refuses a disk that holds
# any filesystem), mounted without setuid or device files, with /home bound from it once the
# reset has run. nofail: without a data disk the VM still boots, but the agent does not start.
if ! grep -q '{{FSTAB_MARKER}}' /etc/fstab; then
  cat >> /etc/fstab <<'FSTAB'
# {{FSTAB_MARKER}}: the data disk, and the agent's home on it
{{DATA_DEVICE}} {{DATA_MOUNT}} ext4 defaults,nosuid,nodev,nofail,x-systemd.makefs,x-systemd.device-timeout=30s 0 2
{{DATA_MOUNT}}/home /home none bind,nofail,x-systemd.requires=agent-sandbox-reset.service 0 0
FSTAB
  log "added the data disk and /home to /etc/fstab"
fi
install -d -m 0755 {{DATA_MOUNT}}

# The defaults the reset restores: /home as the image has it now.
rm -rf {{DEFAULTS_DIR}}
install -d -m 0755 {{DEFAULTS_DIR}}
cp -a /home {{DEFAULTS_DIR}}/home
log "copied /home to {{DEFAULTS_DIR}}/home"

systemctl enable --quiet {{ENABLED_UNITS}}
log "enabled {{ENABLED_UNITS}}"
