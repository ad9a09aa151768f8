where = "a submodule found through an extended __path__"
