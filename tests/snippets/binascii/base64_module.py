# the base64 module on top of binascii
import base64

data = b"Krait \x00\xff binary?"
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                 (base64.b32encode, base64.b32decode), (base64.b32hexencode, base64.b32hexdecode),
                 (base64.b16encode, base64.b16decode), (base64.a85encode, base64.a85decode),
                 (base64.b85encode, base64.b85decode), (base64.standard_b64encode, base64.standard_b64decode)]:
    e = enc(data)
    print(enc.__name__, e, dec(e) == data)
print(base64.encodebytes(b"x" * 100))
print(base64.decodebytes(base64.encodebytes(b"y" * 60)))
print(base64.b64decode("aGk_", altchars="-_"), base64.b64decode(b"aG\nk="))
for bad in [lambda: base64.b64decode(b"aGk", validate=True), lambda: base64.b64decode(b"a!Gk=", validate=True),
            lambda: base64.b16decode(b"6a"), lambda: base64.b32decode(b"ABC")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
