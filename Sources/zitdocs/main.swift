import ZitCLI

Zitdocs.run()
