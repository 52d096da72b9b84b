"""``python -m directory_app``: the same as the ``directory-app`` command."""

from directory_app.launch import main

raise SystemExit(main())
