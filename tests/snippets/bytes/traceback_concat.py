def f(data):
    return data + 'text'

f(b'bytes')
