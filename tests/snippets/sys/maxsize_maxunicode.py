# sys.maxsize, sys.maxunicode, byteorder and platform
import sys
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.maxunicode, chr(sys.maxunicode) == "\U0010ffff")
print(sys.byteorder, sys.platform, sys.float_repr_style)
