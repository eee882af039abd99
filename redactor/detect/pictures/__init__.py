"""Detection in text read inside pictures: the same detectors and case as the text, fed
the picture's lines with the characters OCR confuses put right where a number or a
postcode is meant (``confusions``), plus the shapes of genogram labels (``labels``):
relatives the text never names, with their ages and dates of birth."""
