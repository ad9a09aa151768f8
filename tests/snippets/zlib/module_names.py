# zlib's names, constants and exception class (compressed bytes differ between zlib builds: only
# round trips and checksums are printed in these snippets)
import zlib

print([n for n in dir(zlib) if not n.startswith("__") and not n.startswith("ZLIB_")])
for n in ["MAX_WBITS", "DEFLATED", "DEF_MEM_LEVEL", "DEF_BUF_SIZE", "Z_NO_COMPRESSION", "Z_BEST_SPEED", "Z_BEST_COMPRESSION",
          "Z_DEFAULT_COMPRESSION", "Z_FILTERED", "Z_HUFFMAN_ONLY", "Z_RLE", "Z_FIXED", "Z_DEFAULT_STRATEGY", "Z_NO_FLUSH",
          "Z_PARTIAL_FLUSH", "Z_SYNC_FLUSH", "Z_FULL_FLUSH", "Z_FINISH", "Z_BLOCK", "Z_TREES"]:
    print(n, getattr(zlib, n))
print(zlib.error.__mro__, zlib.error.__module__)
print(zlib.__version__, type(zlib.ZLIB_VERSION).__name__, type(zlib.ZLIB_RUNTIME_VERSION).__name__)
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__qualname__, type(zlib.compressobj()).__module__)
print(sorted(n for n in dir(zlib.compressobj()) if not n.startswith("_")), sorted(n for n in dir(zlib.decompressobj()) if not n.startswith("_")))
