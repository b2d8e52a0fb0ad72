"""Measuring accord: accuracy against hand-annotated gold, speed against bare spaCy."""

from .accuracy import AccuracyReport, Score, check_floors, load_floors, run_accuracy
from .speed import SpeedReport, run_speed

__all__ = ["AccuracyReport", "Score", "SpeedReport", "check_floors", "load_floors", "run_accuracy", "run_speed"]
