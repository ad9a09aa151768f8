class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name

registry = {}
def register(k, v):
    registry[k] = v

register("plain", 1)
register(Key("a"), 2)
