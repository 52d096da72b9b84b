#!/bin/sh
# Remove Directory App installed by install.sh: the app's folder, its menu entry, icon and command link.
# Your data (the directory, notes, shortlists, saved searches, local edits, backups) stays in
# ~/.local/share/directory-app/ and your settings in ~/.config/directory-app/: delete those yourself
# if you want them gone.
set -eu

data_home=${XDG_DATA_HOME:-$HOME/.local/share}
target="$HOME/.local/opt/directory-app"
link="$HOME/.local/bin/directory-app"

if [ -L "$link" ] && [ "$(readlink "$link")" = "$target/directory-app" ]; then
  rm -f "$link"
fi
rm -f "$data_home/applications/directory-app.desktop" "$data_home/icons/hicolor/scalable/apps/directory-app.svg"
rm -rf "$target"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data_home/applications" || true

echo "Directory App is removed. Your data is still in $data_home/directory-app (settings: ~/.config/directory-app)."
