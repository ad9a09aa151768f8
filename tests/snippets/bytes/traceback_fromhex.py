def parse(text):
    data = bytes.fromhex(text)
    return data

print(parse('de ad'))
parse('de ad zz')
