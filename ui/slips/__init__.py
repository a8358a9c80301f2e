"""Printed slips on screen: the preview, printing and saving as PDF."""
