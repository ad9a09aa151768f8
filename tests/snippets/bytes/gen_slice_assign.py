seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
def rbytes(alphabet, maxlen):
    return bytes(alphabet[rnd(len(alphabet))] for _ in range(rnd(maxlen + 1)))


for i in range(300):
    data = rbytes(b'abcdef', 8)
    ba = bytearray(data)
    model = list(data)
    start = rnd(12) - 5 if rnd(4) else None
    stop = rnd(12) - 5 if rnd(4) else None
    step = [None, 1, 2, -1, -2, 3][rnd(6)]
    value = rbytes(b'XYZ', 4)
    try:
        ba[start:stop:step] = value
        model[start:stop:step] = list(value)
        outcome = 'ok'
    except ValueError as e:
        outcome = str(e)
    print(data, start, stop, step, value, outcome, bytes(ba) == bytes(model), ba)
    if rnd(2):
        del ba[start:stop:step]
        del model[start:stop:step]
        print('  del', ba, bytes(ba) == bytes(model))
