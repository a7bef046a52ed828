import ZitCLI

Zitdocs.main()
