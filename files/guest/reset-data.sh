#!/bin/bash
# agent-sandbox: resets the paths in agent-sandbox:dataResetPaths on the data disk to the
# defaults shipped in the image, on every boot, before the agent starts. Each path is removed,
# then restored from the defaults if the image has one. Nothing else on the data disk is
# touched, except symlinks or files planted where a directory above a listed path belongs.
set -euo pipefail
log() { printf 'agent-sandbox reset: %s\n' "$*" >&2; }

data={{DATA_MOUNT}}
defaults={{DEFAULTS_DIR}}
user={{AGENT_USER}}
paths=({{RESET_PATHS}})

# A symlink above a listed path would send the removal and the restore elsewhere, and a file
# there would make the restore fail: either one was planted, and it goes.
clear_parents() {
  local path=$data part
  local -a parts
  IFS=/ read -ra parts <<< "$(dirname "$1")"
  for part in "${parts[@]}"; do
    [ "$part" = . ] && return 0
    path=$path/$part
    if [ -L "$path" ] || { [ -e "$path" ] && [ ! -d "$path" ]; }; then
      rm -f -- "$path"
      log "removed $path: a directory belongs there"
    fi
    [ -d "$path" ] || return 0
  done
}

# A blank data disk (the first boot) gets the agent's home as the image has it.
clear_parents "home/$user/."
if [ ! -d "$data/home/$user" ]; then
  install -d -m 0755 "$data/home"
  cp -a -- "$defaults/home/$user" "$data/home/"
  log "created $data/home/$user from the image's defaults"
fi

for rel in "${paths[@]}"; do
  clear_parents "$rel"
  rm -rf -- "${data:?}/$rel"
  if [ -e "$defaults/$rel" ] || [ -L "$defaults/$rel" ]; then
    (cd "$defaults" && cp -a --parents -- "$rel" "$data/")
    log "reset $data/$rel to the image's default"
  else
    log "removed $data/$rel (the image has no default)"
  fi
done
