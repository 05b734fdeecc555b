#!/usr/bin/env bash
# Installs the Debian packages the tests drive for real: nft, tinyproxy, qemu-img, libvirtd
# with QEMU and dnsmasq, debootstrap and libguestfs for the guest image, and Chromium for the
# control page. Needs root; safe to run again.
set -euo pipefail
if [ "$(id -u)" != 0 ]; then
  echo "install-test-deps: run as root (sudo $0)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
  nftables tinyproxy iproute2 procps util-linux kmod cpio e2fsprogs curl ca-certificates \
  python3 logrotate \
  qemu-utils qemu-system-x86 libvirt-daemon-system libvirt-clients dnsmasq-base \
  busybox-static debootstrap libguestfs-tools \
  wireguard-tools chromium > /dev/null
echo "install-test-deps: packages installed" >&2
