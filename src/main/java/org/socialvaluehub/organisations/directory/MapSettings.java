package org.socialvaluehub.organisations.directory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The directory map's background ({@code svh.map.tile-url}, {@code svh.map.attribution}), given to the directory's
 * pages; an empty tile address means markers on a plain background.
 */
@ControllerAdvice(assignableTypes = DirectoryController.class)
class MapSettings {

    /** What the map's script needs: where tiles come from (empty for none) and whose they are. */
    record Tiles(String url, String attribution) {}

    private final Tiles tiles;

    MapSettings(@Value("${svh.map.tile-url:}") String tileUrl, @Value("${svh.map.attribution:}") String attribution) {
        this.tiles = new Tiles(tileUrl.strip(), attribution.strip());
    }

    @ModelAttribute("mapTiles")
    Tiles tiles() {
        return tiles;
    }
}
