# quoted-printable: b2a_qp options and a2b_qp decoding
import binascii

samples = [b"plain text", b"a=b", b"tab\there", b"trailing space \nnext", b"caf\xc3\xa9", b".\nstart dot",
           b"x" * 100, b"under_score and space", b"crlf line \r\nsecond\r\n", b"ends with tab\t", b"\x00\x7f\x80\xff"]
for s in samples:
    print(binascii.b2a_qp(s))
    print(binascii.b2a_qp(s, quotetabs=True), binascii.b2a_qp(s, header=True), binascii.b2a_qp(s, istext=False))
    assert binascii.a2b_qp(binascii.b2a_qp(s)) == s
print(binascii.a2b_qp(b"a=3Db=\r\nc_d=zz=4=="), binascii.a2b_qp(b"a_b=5f", header=True), binascii.a2b_qp("soft=\nbreak="))
print(binascii.a2b_qp(data=b"x=2", header=0), binascii.b2a_qp(data=b"a b", quotetabs=1, istext=1, header=1))
try:
    binascii.b2a_qp(b"a", 0, 1, 0, 5)
except TypeError as e:
    print(e)
try:
    binascii.b2a_qp(b"a", quotetabs=None)
except TypeError as e:
    print(e)
