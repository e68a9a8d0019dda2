package vn.gov.sonla.awards.song.internal;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.gov.sonla.awards.song.SongFigures;

/**
 * The program in the open ({@code /public/song}, no sign-in): the totals, by district and by contributor, the newest
 * confirmed gifts and the devices handed to each school. Contributors are named only where they agreed.
 */
@Controller
class PublicSongController {

    static final int NEWEST = 20;

    private final SongFigures figures;

    PublicSongController(SongFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/public/song")
    String page(Model model) {
        List<SongFigures.DistrictFigures> districts = figures.byDistrict();
        model.addAttribute("totals", figures.totals());
        model.addAttribute("districts", districts);
        model.addAttribute("districtChart", Bars.of(districts.stream()
                .map(d -> new Bars.Item(d.district(), d.devices())).toList()));
        model.addAttribute("moneyChart", Bars.of(districts.stream()
                .map(d -> new Bars.Item(d.district(), d.money())).toList()));
        model.addAttribute("contributors", figures.byContributor());
        model.addAttribute("newest", figures.newestStanding(NEWEST));
        model.addAttribute("schools", figures.bySchool());
        return "public/song";
    }
}
