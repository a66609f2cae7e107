#!/usr/bin/env python3
"""Counts pixels of given colours in a PNG screenshot (standard library only).

usage: png-colours.py SCREENSHOT.png '#rrggbb' ... [--tolerance N]
Prints one JSON object: width, height, the count of pixels within N (default 2) of each colour in
every channel, the number of distinct colours, and the share of near-white pixels. Used by the
rendering tests to check that headless Chromium drew the report's charts.
"""
import json
import struct
import sys
import zlib


def read_png(path):
    """Returns (width, height, channels, rows) for an 8-bit, non-interlaced RGB or RGBA PNG."""
    with open(path, 'rb') as handle:
        data = handle.read()
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        raise ValueError(f'{path} is not a PNG file')
    offset, idat, header = 8, [], None
    while offset < len(data):
        length, kind = struct.unpack('>I4s', data[offset:offset + 8])
        body = data[offset + 8:offset + 8 + length]
        if kind == b'IHDR':
            header = struct.unpack('>IIBBBBB', body)
        elif kind == b'IDAT':
            idat.append(body)
        elif kind == b'IEND':
            break
        offset += 12 + length
    if header is None:
        raise ValueError(f'{path} has no IHDR chunk')
    width, height, depth, colour_type, _, _, interlace = header
    channels = {2: 3, 6: 4}.get(colour_type)
    if depth != 8 or channels is None or interlace != 0:
        raise ValueError(f'unsupported PNG: depth {depth}, colour type {colour_type}, interlace {interlace}')
    raw = zlib.decompress(b''.join(idat))
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        if kind == 1:
            for i in range(channels, stride):
                line[i] = (line[i] + line[i - channels]) & 255
        elif kind == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, previous))
        elif kind == 3:
            for i in range(stride):
                left = line[i - channels] if i >= channels else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 255
        elif kind == 4:
            for i in range(stride):
                a = line[i - channels] if i >= channels else 0
                b = previous[i]
                c = previous[i - channels] if i >= channels else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                predictor = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + predictor) & 255
        elif kind != 0:
            raise ValueError(f'unknown PNG filter {kind} in row {y}')
        rows.append(line)
        previous = line
    return width, height, channels, rows


def main(arguments):
    tolerance = 2
    if '--tolerance' in arguments:
        at = arguments.index('--tolerance')
        tolerance = int(arguments[at + 1])
        arguments = arguments[:at] + arguments[at + 2:]
    path, wanted = arguments[0], arguments[1:]
    targets = [tuple(int(colour.lstrip('#')[i:i + 2], 16) for i in (0, 2, 4)) for colour in wanted]
    width, height, channels, rows = read_png(path)
    counts = [0] * len(targets)
    histogram = {}
    for line in rows:
        for x in range(0, width * channels, channels):
            pixel = (line[x], line[x + 1], line[x + 2])
            histogram[pixel] = histogram.get(pixel, 0) + 1
    for pixel, count in histogram.items():
        for index, target in enumerate(targets):
            if all(abs(pixel[k] - target[k]) <= tolerance for k in range(3)):
                counts[index] += count
    white = sum(count for pixel, count in histogram.items() if min(pixel) >= 245)
    print(json.dumps({
        'width': width, 'height': height, 'distinct': len(histogram),
        'whiteShare': white / float(width * height),
        'counts': dict(zip(wanted, counts)),
    }))


if __name__ == '__main__':
    main(sys.argv[1:])
