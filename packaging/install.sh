#!/bin/sh
# Install Directory App for this user, from the unpacked download (no root, no Python needed):
#   the app       -> ~/.local/opt/directory-app/   (replaced as a whole on an update)
#   menu entry    -> ~/.local/share/applications/directory-app.desktop
#   icon          -> ~/.local/share/icons/hicolor/scalable/apps/directory-app.svg
#   command       -> ~/.local/bin/directory-app    (a link; an existing file of another program is left alone)
# Your directory, notes, shortlists, saved searches and local edits are not in the app's folder but
# in ~/.local/share/directory-app/ (settings in ~/.config/directory-app/): installing a newer version
# over an older one, or uninstalling, never touches them.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
opt="$HOME/.local/opt"
target="$opt/directory-app"
bin="$HOME/.local/bin"

if [ ! -x "$here/directory-app/directory-app" ]; then
  echo "install.sh: no directory-app/directory-app beside this script; unpack the whole download first" >&2
  exit 2
fi

mkdir -p "$opt" "$data_home/applications" "$data_home/icons/hicolor/scalable/apps" "$bin"

# The new version is copied beside the old one first and swapped in only when complete.
staging="$opt/.directory-app.new.$$"
old="$opt/.directory-app.old.$$"
trap 'rm -rf "$staging" "$old"' EXIT
cp -a "$here/directory-app" "$staging"
cp "$here/uninstall.sh" "$staging/uninstall.sh"
chmod +x "$staging/uninstall.sh"
if [ -e "$target" ]; then
  mv "$target" "$old"
fi
mv "$staging" "$target"
rm -rf "$old"

# Menu entry: Exec names the installed program (quoted as the desktop-entry format asks).
exec_path=$(printf '%s' "$target/directory-app" | sed 's/[\\"`$]/\\&/g')
replacement=$(printf '"%s"' "$exec_path" | sed 's/[\\&|]/\\&/g')  # as sed's replacement text
sed "s|@EXEC@|$replacement|" "$here/directory-app.desktop.in" >"$data_home/applications/.directory-app.desktop.$$"
mv "$data_home/applications/.directory-app.desktop.$$" "$data_home/applications/directory-app.desktop"
cp "$here/directory-app.svg" "$data_home/icons/hicolor/scalable/apps/directory-app.svg"

# The command line: a link, unless another program already uses the name.
link="$bin/directory-app"
if [ -L "$link" ] || [ ! -e "$link" ]; then
  ln -sfn "$target/directory-app" "$link"
else
  echo "install.sh: $link exists and is not ours; left as it is (the app is $target/directory-app)" >&2
fi

# Let the desktop notice (optional tools; nothing fails without them).
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data_home/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data_home/icons/hicolor" || true

echo "Directory App is installed in $target."
echo "Start it from your applications menu, or run: $link"
echo "To remove it: $target/uninstall.sh (your data in $data_home/directory-app stays)."
