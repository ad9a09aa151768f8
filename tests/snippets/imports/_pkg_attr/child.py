marker = "the real child module"
