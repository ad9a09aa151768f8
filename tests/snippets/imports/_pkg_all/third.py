name = "third submodule"
