from verified.frontends.cli import main

raise SystemExit(main())
