# Sourced by the scripts next to it. Installs the Debian packages behind the commands
# a script needs, but only when a command is missing, so that a fresh Debian machine
# works and a prepared one is left alone.

# require COMMAND PACKAGE: installs PACKAGE with apt-get unless COMMAND is on PATH.
require() {
    command -v "$1" >/dev/null 2>&1 && return
    echo "$1 is missing; installing the Debian package $2" >&2
    install_package "$2"
}

# require_header HEADER PACKAGE: installs PACKAGE unless the C compiler finds HEADER.
require_header() {
    echo "#include <$1>" | "${CC:-clang}" -E -x c - >/dev/null 2>&1 && return
    echo "$1 is missing; installing the Debian package $2" >&2
    install_package "$2"
}

install_package() {
    local sudo=
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    if [ -z "${apt_updated:-}" ]; then
        $sudo apt-get update
        apt_updated=1
    fi
    $sudo apt-get install -y "$1"
}

# Swift 6.3 does not come from Debian's archive, so it can only be asked for.
require_swift() {
    command -v swift >/dev/null 2>&1 && return
    echo "swift is missing: install Swift 6.3.1 from https://www.swift.org/install/linux/" >&2
    exit 1
}
