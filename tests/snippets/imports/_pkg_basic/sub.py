print("body of", __name__, "package", __package__)
value = "sub value"
