print("_raises_on_import starts")
loaded_part = True
def helper():
    return 1 / 0
value = helper()
