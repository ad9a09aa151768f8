# b2a_base64 / a2b_base64: padding, newline, non-alphabet characters, str input
import binascii

for n in range(8):
    data = bytes(range(250, 250 - n, -1))
    enc = binascii.b2a_base64(data)
    print(n, enc, binascii.b2a_base64(data, newline=False), binascii.a2b_base64(enc) == data)
print(binascii.a2b_base64(b"aGVs\nbG8g\r\nd29y bGQ="))
print(binascii.a2b_base64("aGVsbG8="))
print(binascii.a2b_base64(b"aGVsbG8=trailing"), binascii.a2b_base64(b"aG=VsbG8="), binascii.a2b_base64(b"!!aGk=!!"))
print(binascii.a2b_base64(b""), binascii.a2b_base64(b"===="), binascii.a2b_base64(b"YQ==YQ=="))
print(binascii.a2b_base64(bytearray(b"YWJj")), binascii.a2b_base64(memoryview(b"YWJj")))
print(binascii.b2a_base64(bytearray(b"abc")), binascii.b2a_base64(memoryview(b"abcd")))
print(binascii.b2a_base64(b"x", newline=0), binascii.b2a_base64(b"x", newline=5))
