package place

import (
	"testing"
	"time"
)

// TestStoryOptionsDecide: the storyline join's thresholds are the placer's options, so a
// measuring tool can try another setting; zero fields keep the shipped one.
func TestStoryOptionsDecide(t *testing.T) {
	two := support{shared: []string{"Ada Lindqvist", "Nordhafen"}, names: 0.32, topic: 0.02, lead: 0.12}
	hour := int64(3600)
	if ok, _ := two.joins(Options{}.withDefaults(), 3*hour); ok {
		t.Fatal("shipped: two shared names joined within a news cycle")
	}
	o := Options{CycleShared: 2}.withDefaults()
	if ok, cycle := two.joins(o, 3*hour); !ok || !cycle {
		t.Errorf("CycleShared 2: joins = %v, %v; want a news-cycle join", ok, cycle)
	}
	if ok, _ := two.joins(Options{CycleShared: 2, CycleSpan: 2 * time.Hour}.withDefaults(), 3*hour); ok {
		t.Error("CycleSpan 2h: an event 3 hours later joined by the news-cycle rule")
	}
	body := support{shared: []string{"Ada Lindqvist", "Nordhafen"}, names: 0.40, topic: 0.10}
	if ok, _ := body.joins(Options{StoryShared: 3}.withDefaults(), 20*24*hour); ok {
		t.Error("StoryShared 3: two shared names joined")
	}
	if ok, _ := body.joins(Options{StoryTopic: 0.12}.withDefaults(), 20*24*hour); ok {
		t.Error("StoryTopic 0.12: a topic of 0.10 joined")
	}
}
