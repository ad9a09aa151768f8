print("init of", __name__, "package", __package__)
VERSION = "1.0"
