# the traceback for a failed unpacking
def split_pair(text):
    key, value = text.split("=")
    return key, value

print(split_pair("a=1"))
print(split_pair("a=1=2"))
