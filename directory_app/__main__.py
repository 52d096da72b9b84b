"""``python -m directory_app``: the same as the ``directory-app`` command."""

from directory_app.cli import main

raise SystemExit(main())
