import {CalendarIcon} from '@sanity/icons/Calendar'
import type {Tool} from 'sanity'
import {EditorialCalendar} from './EditorialCalendar.tsx'

/** The marketing team's view of what goes out when (a Studio tool beside Structure). */
export const calendarTool: Tool = {
  name: 'calendar',
  title: 'Calendar',
  icon: CalendarIcon,
  component: EditorialCalendar,
}
