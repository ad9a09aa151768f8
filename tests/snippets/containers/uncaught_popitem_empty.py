# popitem on an empty dict, uncaught
cache = {"a": 1}
cache.popitem()
cache.popitem()
