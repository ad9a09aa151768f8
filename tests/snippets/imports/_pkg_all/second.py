name = "second submodule"
