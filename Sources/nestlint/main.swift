print("nestlint")
