x = "a" b
