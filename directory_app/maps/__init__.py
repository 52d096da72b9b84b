"""Map support without Qt: tile maths and downloads, the offline basemap, the map page and its assets."""
