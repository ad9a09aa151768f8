view = memoryview(b'payload')
with view:
    print(view[0])
print(len(view))
