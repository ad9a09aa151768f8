def default_size():
    return int("medium")

class Settings:
    name = "app"
    size = default_size()
