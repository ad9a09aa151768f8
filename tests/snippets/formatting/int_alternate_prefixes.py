# '#' adds 0b/0o/0x (0X for 'X'); the prefix sits before zero padding.
for v in (0, 5, -5, 255, -4096):
    print(f"[{v:#b}] [{v:#o}] [{v:#x}] [{v:#X}] [{v:#d}]")
    print(f"[{v:#012b}] [{v:#10o}] [{v:#<10x}] [{v:#^12X}] [{v:+#010x}]")
