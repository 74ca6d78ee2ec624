package io.lotline.ui.internal;

import io.lotline.genealogy.Direction;
import io.lotline.genealogy.Genealogy;
import io.lotline.genealogy.TraceRequest;
import io.lotline.identity.Access;
import io.lotline.lots.Lots;
import io.lotline.shared.InvalidInput;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/**
 * A lot's trace drawn as a graph (quality, compliance and admins, like the trace API). The page itself only names
 * the lot and the way; the browser fetches the graph from {@code /graph}, which traces through the genealogy's facade
 * (recorded like any trace) and clusters a trace of more than {@link TraceGraph#CLUSTER_ABOVE} lots by item and depth.
 */
@Controller
class TracePage extends PageController {
    private final Genealogy genealogy;
    private final Lots lots;

    TracePage(Genealogy genealogy, Lots lots) {
        this.genealogy = genealogy;
        this.lots = lots;
    }

    @GetMapping("/lots/{number}/trace")
    @PreAuthorize(Access.TRACE)
    ModelAndView page(@PathVariable String number, @RequestParam(defaultValue = "FORWARD") String direction) {
        Direction way = direction(direction);
        ModelAndView page = new ModelAndView("trace");
        page.addObject("lot", lots.lot(number));
        page.addObject("direction", way.name());
        page.addObject("other", way == Direction.FORWARD ? Direction.REVERSE.name() : Direction.FORWARD.name());
        return page;
    }

    /** The same trace as a timeline: receipts, consumptions, pours into silos and shipments, oldest first. */
    @GetMapping("/lots/{number}/trace/timeline")
    @PreAuthorize(Access.TRACE)
    ModelAndView timeline(@PathVariable String number, @RequestParam(defaultValue = "FORWARD") String direction) {
        Direction way = direction(direction);
        ModelAndView page = new ModelAndView("trace-timeline");
        page.addObject("lot", lots.lot(number));
        page.addObject("direction", way.name());
        page.addObject("timeline", TraceTimeline.of(genealogy.trace(new TraceRequest(way, List.of(number), null))));
        return page;
    }

    @GetMapping(value = "/lots/{number}/trace/graph", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.TRACE)
    @ResponseBody
    TraceGraph graph(@PathVariable String number, @RequestParam(defaultValue = "FORWARD") String direction) {
        return TraceGraph.of(genealogy.trace(new TraceRequest(direction(direction), List.of(number), null)),
                TraceGraph.CLUSTER_ABOVE);
    }

    private static Direction direction(String direction) {
        try {
            return Direction.valueOf(direction.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInput("direction", direction, "trace-direction", "A trace goes FORWARD or REVERSE");
        }
    }
}
