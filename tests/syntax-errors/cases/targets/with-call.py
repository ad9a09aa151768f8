with x as f():
    pass
