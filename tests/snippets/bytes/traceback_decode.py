payload = b'ok \xff'
print(payload.decode('latin-1'))
payload.decode('ascii')
