print("zitdocs")
