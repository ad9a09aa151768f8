name = "first submodule"
