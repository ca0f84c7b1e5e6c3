"""Rename a subset of HanaMinA/B so the derived font does not carry the original's name."""
import sys
from fontTools.ttLib import TTFont

src, dst, family = sys.argv[1], sys.argv[2], sys.argv[3]
font = TTFont(src)
names = font["name"]
for rec in list(names.names):
    if rec.nameID in (1, 3, 4, 6, 16, 17, 21, 22):
        names.removeNames(nameID=rec.nameID)
for nid, text in ((1, family), (2, "Regular"), (3, f"{family} Regular; subset of GlyphWiki Hanazono"),
                  (4, f"{family} Regular"), (6, family.replace(" ", "")), 
                  (10, "Subset of Hanazono Mincho (GlyphWiki Project) made for cs_desktop; "
                       "Hanazono Font License, see hanazono-LICENSE.txt")):
    names.setName(text, nid, 3, 1, 0x409)
    names.setName(text, nid, 1, 0, 0)
font.save(dst)
