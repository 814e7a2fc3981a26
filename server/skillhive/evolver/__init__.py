"""The evolver: turns many users' trajectories into better skills and lessons, behind safety gates."""
