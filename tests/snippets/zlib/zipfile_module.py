# zipfile with deflate and stored members, CRCs checked by zlib.crc32
import io
import zipfile

data = b"".join(b"zip entry line %d\n" % i for i in range(1500))
bio = io.BytesIO()
with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("deflated.txt", data)
    z.writestr("stored.txt", b"stored as is", compress_type=zipfile.ZIP_STORED)
    z.writestr("level9.txt", data[:1000], compresslevel=9)
    z.writestr("dir/", b"")
raw = bio.getvalue()
with zipfile.ZipFile(io.BytesIO(raw)) as z:
    print(z.namelist())
    print([(i.filename, i.compress_type, i.file_size, hex(i.CRC)) for i in z.infolist()])
    print(z.read("deflated.txt") == data, z.read("stored.txt"), z.testzip())
    with z.open("deflated.txt") as f:
        print(f.readline(), f.read(10))
corrupt = bytearray(raw)
i = raw.index(b"stored as is")
corrupt[i] ^= 0xFF
with zipfile.ZipFile(io.BytesIO(bytes(corrupt))) as z:
    try:
        z.read("stored.txt")
    except zipfile.BadZipFile as e:
        print(e)
