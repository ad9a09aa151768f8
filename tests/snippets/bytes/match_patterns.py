def m(x):
    match x:
        case [a, b]:
            return f'seq {a} {b}'
        case bytes(v):
            return f'bytes {v!r}'
        case bytearray(v):
            return f'bytearray {v!r}'
        case _:
            return 'other'
print(m(b'ab'), m(bytearray(b'cd')), m(memoryview(b'ef')), m([1, 2]))
match b'abc':
    case b'abc':
        print('literal match')
match bytearray(b'x'):
    case b'x':
        print('bytearray equals bytes literal')
